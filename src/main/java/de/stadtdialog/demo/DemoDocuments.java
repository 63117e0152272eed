package de.stadtdialog.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import de.stadtdialog.shared.pdf.LocalResources;
import de.stadtdialog.shared.pdf.PdfRenderer;

/** Documents of the demo city, such as minutes, made as tagged PDFs like the reports. */
final class DemoDocuments {

    private DemoDocuments() {
    }

    static byte[] minutes(PdfRenderer pdf, String title, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(title)).append("</title></head><body><h1>")
                .append(HtmlUtils.htmlEscape(title)).append("</h1>");
        paragraphs.forEach(p -> html.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>"));
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pdf.render(html.toString(), "http://localhost/", LocalResources.NONE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
