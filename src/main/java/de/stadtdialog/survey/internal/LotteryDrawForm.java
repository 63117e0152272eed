package de.stadtdialog.survey.internal;

/** The draw as the initiator asks for it; the quotas come as fields "quota-N" per option of the quota question. */
public class LotteryDrawForm {

    public Integer seats;

    public String seed = "";

    /** Without a seed announced beforehand, the platform chooses one. */
    public boolean generateSeed;

    public Long quotaQuestion;
}
