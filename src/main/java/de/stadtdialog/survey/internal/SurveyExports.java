package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import de.stadtdialog.shared.export.CsvTable;
import de.stadtdialog.shared.export.Table;
import de.stadtdialog.shared.export.XlsxTable;

/**
 * One row per response, one column per question (per option for multiple choice), with channel and
 * time; written while responses are read in chunks, so the heap stays small however many there are.
 */
@Component
class SurveyExports {

    private static final int CHUNK = 1000;

    private final SurveyRepository surveys;

    SurveyExports(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    void write(String exportKey, long phaseId, OutputStream out) throws IOException {
        Table table = switch (exportKey) {
            case "csv" -> new CsvTable(out);
            case "xlsx" -> new XlsxTable(out, "Antworten");
            default -> throw new IllegalArgumentException("No survey export " + exportKey);
        };
        List<Question> questions = surveys.questions(phaseId).stream().filter(q -> q.type().answerable()).toList();
        List<Object> header = new ArrayList<>(List.of("antwort", "kanal", "zeit"));
        for (Question q : questions) {
            if (q.type() == QuestionType.MULTIPLE) {
                q.optionList().forEach(option -> header.add(q.title() + ": " + option));
            } else {
                header.add(q.title());
            }
        }
        table.row(header);
        try {
            surveys.forEachChunk(phaseId, CHUNK, chunk -> chunk.forEach((response, answers) -> {
                List<Object> row = new ArrayList<>(List.of(response.id(), channel(response.channel()),
                        response.createdAt().toString()));
                for (Question q : questions) {
                    List<Answer> mine = answers.stream().filter(a -> a.questionId() == q.id()).toList();
                    if (q.type() == QuestionType.MULTIPLE) {
                        for (int i = 0; i < q.optionList().size(); i++) {
                            int option = i;
                            row.add(mine.stream().anyMatch(a -> a.choice() == option) ? 1 : 0);
                        }
                    } else {
                        row.add(mine.isEmpty() ? null : value(q, mine.get(0)));
                    }
                }
                try {
                    table.row(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        table.finish();
    }

    private static String channel(String channel) {
        return switch (channel) {
            case "PAPER" -> "papier";
            case "KIOSK" -> "kiosk";
            default -> "online";
        };
    }

    private static Object value(Question q, Answer a) {
        return switch (q.type()) {
            case SINGLE, DROPDOWN -> q.optionList().get(a.choice());
            case YES_NO -> a.choice() == Question.YES ? "ja" : "nein";
            case CONSENT -> "ja";
            case NUMBER, SCALE -> a.numberValue();
            default -> a.textValue();
        };
    }
}
