package de.stadtdialog.shared.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.survey.QuestionType;
import de.stadtdialog.survey.Surveys;
import de.stadtdialog.support.TestData;

/** Network addresses (and hashes of them) are forgotten after seven days, wherever they are kept. */
@IntegrationTest
class AddressCleanupTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;
    @Autowired
    AddressCleanup cleanup;
    @Autowired
    Surveys surveys;

    private static Timestamp daysAgo(int days) {
        return Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS));
    }

    @Test
    void addressesOlderThanSevenDaysAreGoneFromEveryPlaceThatKeepsOne() {
        String old = TestData.unique("old-");
        String fresh = TestData.unique("fresh-");
        jdbc.sql("insert into login_attempt (login_key, remote_address, attempted_at) values (?, ?, ?)")
                .params("someone", old, daysAgo(8)).update();
        jdbc.sql("insert into login_attempt (login_key, remote_address, attempted_at) values (?, ?, ?)")
                .params("someone", fresh, daysAgo(1)).update();
        jdbc.sql("insert into spam_submission (address_hash, scope, created_at) values (?, 'test', ?)")
                .params(old, daysAgo(8)).update();
        jdbc.sql("insert into spam_submission (address_hash, scope, created_at) values (?, 'test', ?)")
                .params(fresh, daysAgo(1)).update();
        var project = data.project(data.organisation()).surveyPhase("Umfrage", -10, 10).create();
        long phase = project.phaseIds().get(0);
        surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE, "Wie finden Sie den Platz?", true,
                "Schön", "Hässlich"));
        for (var row : new Object[][] { { old, daysAgo(8) }, { fresh, daysAgo(1) } }) {
            jdbc.sql("""
                    insert into survey_response (phase_id, channel, origin_hash, created_at, updated_at)
                    values (?, 'ONLINE', ?, ?, ?)
                    """).params(phase, row[0], row[1], row[1]).update();
        }

        cleanup.run();

        assertThat(count("select count(*) from login_attempt where remote_address = ?", old)).isZero();
        assertThat(count("select count(*) from login_attempt where remote_address = ?", fresh)).isOne();
        assertThat(count("select count(*) from spam_submission where address_hash = ?", old)).isZero();
        assertThat(count("select count(*) from spam_submission where address_hash = ?", fresh)).isOne();
        assertThat(count("select count(*) from survey_response where origin_hash = ?", old)).isZero();
        assertThat(count("select count(*) from survey_response where origin_hash = ?", fresh)).isOne();
        assertThat(count("select count(*) from survey_response where phase_id = ?", phase))
                .as("the responses themselves stay").isEqualTo(2);
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }
}
