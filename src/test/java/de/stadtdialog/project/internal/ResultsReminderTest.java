package de.stadtdialog.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.stadtdialog.notification.Notifications;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.project.ProjectResults;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

/** The test profile keeps the default: results are due six weeks after the last phase. */
@IntegrationTest
class ResultsReminderTest {

    @Autowired
    ResultsReminders reminders;
    @Autowired
    ProjectResults results;
    @Autowired
    TestData data;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Notifications notifications;

    private TestAccount initiator;

    private TestProject projectEnded(int daysAgo) {
        TestOrganisation organisation = data.organisation();
        initiator = data.member(organisation, OrgRole.INITIATOR);
        return data.project(organisation).title(TestData.unique("Spielplatz "))
                .phase("Ideen", -daysAgo - 30, -daysAgo).create();
    }

    @Test
    void initiatorsAreRemindedOnceWhenResultsAreOverdue() {
        TestProject project = projectEnded(50);

        assertThat(reminders.remindOverdue()).contains(project.id());
        assertThat(reminders.remindOverdue()).doesNotContain(project.id());

        mailbox.latestTo(initiator.email(), project.title());
        var mails = mailbox.to(initiator.email()).stream()
                .filter(mail -> mail.subject().contains(project.title())).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Erinnerung: Ergebnisse für „" + project.title()
                + "“ veröffentlichen");
        assertThat(mails.get(0).body()).contains("/verwaltung/projekte/" + project.id() + "/ergebnisse");
        assertThat(notifications.latest(initiator.id(), 5)).anyMatch(n -> project.title().equals(n.subject()));
    }

    @Test
    void noReminderWithinTheWeeksTheCityGivesItself() {
        TestProject project = projectEnded(20);

        assertThat(reminders.remindOverdue()).doesNotContain(project.id());
        assertThat(mailbox.to(initiator.email())).noneMatch(mail -> mail.subject().contains(project.title()));
    }

    @Test
    void noReminderOncePublished() {
        TestProject project = projectEnded(50);
        results.saveTexts(project.id(), "Alles ausgewertet.", null, null);
        results.publish(project.id());

        assertThat(reminders.remindOverdue()).doesNotContain(project.id());
    }
}
