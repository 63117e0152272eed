package de.stadtdialog.text.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The saved draft split and numbered as publishing would, each paragraph marked against the current version. */
public record Preview(ParagraphNumbering.Result result, List<Paragraph> current) {

    public String status(Paragraph paragraph) {
        Map<String, Paragraph> byKey = current.stream()
                .collect(Collectors.toMap(Paragraph::paragraphKey, Function.identity()));
        Paragraph before = byKey.get(paragraph.paragraphKey());
        return before == null ? "new" : before.body().equals(paragraph.body()) ? "unchanged" : "changed";
    }

    public List<Paragraph> removed() {
        List<String> kept = result.paragraphs().stream().map(Paragraph::paragraphKey).toList();
        return current.stream().filter(p -> !kept.contains(p.paragraphKey())).toList();
    }
}
