package de.stadtdialog.survey.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.shared.spam.AddressRetention;

/**
 * Guests' responses keep a hash of the network address only for the limit per address and hour; after
 * the retention it is blanked, the response itself stays.
 */
@Component
class SurveyAddresses implements AddressRetention {

    private final JdbcClient jdbc;

    SurveyAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forgetAddressesBefore(Instant before) {
        jdbc.sql("update survey_response set origin_hash = null where created_at < ? and origin_hash is not null")
                .param(java.sql.Timestamp.from(before)).update();
    }
}
