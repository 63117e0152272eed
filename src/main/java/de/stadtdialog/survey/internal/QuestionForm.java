package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new question in the back office. */
public class QuestionForm {

    @NotNull
    public QuestionType type = QuestionType.SINGLE;

    @NotBlank
    @Size(max = 500)
    public String title = "";

    @Size(max = 2000)
    public String help = "";

    public boolean required;

    /** One option per line, for choice questions. */
    @Size(max = 20000)
    public String options = "";

    public Integer minValue;

    public Integer maxValue;

    @Size(max = 80)
    public String minLabel = "";

    @Size(max = 80)
    public String maxLabel = "";

    /** "questionId:option" of an earlier question, or empty. */
    public String condition = "";

    /** For a section: it starts a new page. */
    public boolean newPage;

    /** For single, multiple and dropdown questions: "Sonstiges" with a free text. */
    public boolean otherOption;

    public boolean shuffle;

    /** For a matrix: the statements, one per line (the options are the scale). */
    @Size(max = 20000)
    public String statements = "";

    /** For a quiz: the numbers of the correct options as people count them (1, 2, …), comma-separated. */
    @Size(max = 200)
    public String correct = "";

    @Size(max = 2000)
    public String explanation = "";
}
