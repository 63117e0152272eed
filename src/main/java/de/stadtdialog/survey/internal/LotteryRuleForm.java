package de.stadtdialog.survey.internal;

/** A new eligibility rule: an age range, a required answer, or a minimum number; one form each on the page. */
public class LotteryRuleForm {

    /** AGE, ANSWER or NUMBER: which of the three forms was sent. */
    public String kind = "";

    public Long dateQuestion;

    public Integer minAge;

    public Integer maxAge;

    /** "questionId:option" */
    public String answer = "";

    public Long numberQuestion;

    public Integer minNumber;
}
