package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import de.stadtdialog.shared.export.CsvTable;
import de.stadtdialog.shared.export.Table;
import de.stadtdialog.shared.export.XlsxTable;

/**
 * One row per response, with channel and time (and the score of a quiz), and one column per
 * question: per option for multiple choice and ranking, per statement for a matrix. Written while
 * responses are read in chunks, so the heap stays small however many there are.
 */
@Component
class SurveyExports {

    private static final int CHUNK = 2000;
    private static final String OTHER = "Sonstiges";

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
        boolean quiz = surveys.survey(phaseId).map(s -> s.purpose() == Survey.Purpose.QUIZ).orElse(false);
        List<Object> header = new ArrayList<>(List.of("antwort", "kanal", "zeit"));
        if (quiz) {
            header.add("punkte");
        }
        Layout layout = new Layout(surveys.questions(phaseId), header);
        table.row(header);
        try {
            surveys.forEachResponse(phaseId, CHUNK, (response, answers) -> {
                Object[] cells = layout.blank();
                cells[0] = response.id();
                cells[1] = channel(response.channel());
                cells[2] = response.createdAt().toString();
                if (quiz) {
                    cells[3] = response.score();
                }
                for (Answer answer : answers) {
                    layout.fill(answer, cells);
                }
                try {
                    table.row(Arrays.asList(cells));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
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

    /**
     * Where each question's answers go in a row, worked out once per export: an answer finds its
     * question's columns without filtering a response's answers per question or splitting options again.
     */
    private static final class Layout {

        private final long[] ids;
        private final Columns[] columns;
        private final Object[] blank;

        Layout(List<Question> questions, List<Object> header) {
            List<Columns> all = new ArrayList<>();
            List<Object> blankCells = new ArrayList<>();
            header.forEach(h -> blankCells.add(null));
            for (Question q : questions) {
                if (!q.type().answerable()) {
                    continue;
                }
                Columns c = new Columns(q, header.size());
                all.add(c);
                switch (q.type()) {
                    case MULTIPLE -> {
                        c.labels.forEach(option -> header.add(q.title() + ": " + option));
                        c.labels.forEach(option -> blankCells.add(0));
                        if (q.otherOption()) {
                            c.other = header.size();
                            header.add(q.title() + ": " + OTHER);
                            blankCells.add(null);
                        }
                    }
                    case MATRIX -> q.statementList().forEach(statement -> {
                        header.add(q.title() + ": " + statement);
                        blankCells.add(null);
                    });
                    case RANKING -> c.labels.forEach(option -> {
                        header.add(q.title() + ": " + option);
                        blankCells.add(null);
                    });
                    default -> {
                        header.add(q.title());
                        blankCells.add(null);
                    }
                }
                c.width = header.size() - c.first;
            }
            ids = all.stream().mapToLong(c -> c.id).toArray();
            columns = all.toArray(Columns[]::new);
            blank = blankCells.toArray();
        }

        /** A new row with the cells of unanswered questions: empty, 0 for options not chosen. */
        Object[] blank() {
            return blank.clone();
        }

        void fill(Answer answer, Object[] cells) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == answer.questionId()) {
                    columns[i].fill(answer, cells);
                    return;
                }
            }
        }
    }

    /** The columns of one question: the first, how many, and the option labels. */
    private static final class Columns {

        final long id;
        final QuestionType type;
        final List<String> labels;
        final int first;
        int width;
        /** The column of the text of "Sonstiges" for multiple choice, or -1. */
        int other = -1;

        Columns(Question q, int first) {
            this.id = q.id();
            this.type = q.type();
            this.labels = q.optionList();
            this.first = first;
        }

        void fill(Answer a, Object[] cells) {
            Integer choice = a.choice();
            switch (type) {
                case MULTIPLE -> {
                    if (choice != null && choice == Question.OTHER) {
                        if (other >= 0) {
                            cells[other] = a.textValue();
                        }
                    } else if (choice != null && choice >= 0 && choice < labels.size()) {
                        cells[first + choice] = 1;
                    }
                }
                case SINGLE, DROPDOWN, IMAGE_CHOICE -> cells[first] = choice != null && choice == Question.OTHER
                        ? OTHER + ": " + a.textValue() : label(choice);
                case YES_NO -> cells[first] = choice != null && choice == Question.YES ? "ja" : "nein";
                case CONSENT -> cells[first] = "ja";
                case NUMBER, SCALE -> cells[first] = a.numberValue();
                // the statement's column gets the chosen point of the scale
                case MATRIX -> {
                    if (choice != null && choice >= 0 && choice < width && a.numberValue() != null) {
                        cells[first + choice] = label(a.numberValue().intValue());
                    }
                }
                // the option's column gets its rank
                case RANKING -> {
                    if (choice != null && choice >= 0 && choice < width && a.numberValue() != null) {
                        cells[first + choice] = a.numberValue().intValue();
                    }
                }
                // texts, dates, and places as "lat,lon"
                default -> cells[first] = a.textValue();
            }
        }

        /** The option's label; the stored position itself if the options no longer have it. */
        private Object label(Integer position) {
            return position == null ? null : position >= 0 && position < labels.size() ? labels.get(position)
                    : position;
        }
    }
}
