package de.stadtdialog.information;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class InformationRepository {

    private static final String COLUMNS = "id, phase_id, title, body_md, published_on, author_id";

    private final JdbcClient jdbc;

    InformationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<InformationPost> posts(long phaseId) {
        return jdbc.sql("select " + COLUMNS + " from information_post where phase_id = ? order by published_on desc, id desc")
                .param(phaseId).query(RecordRowMapper.of(InformationPost.class)).list();
    }

    Optional<InformationPost> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from information_post where id = ?").param(id)
                .query(RecordRowMapper.of(InformationPost.class)).optional();
    }

    long count(long phaseId) {
        return jdbc.sql("select count(*) from information_post where phase_id = ?").param(phaseId)
                .query(Long.class).single();
    }

    void insert(long phaseId, String title, String bodyMd, LocalDate publishedOn, Long authorId, Instant now) {
        jdbc.sql("""
                insert into information_post (phase_id, title, body_md, published_on, author_id, created_at)
                values (?, ?, ?, ?, ?, ?)
                """).params(phaseId, title, bodyMd, publishedOn, authorId, Timestamp.from(now)).update();
    }


    void delete(long id) {
        jdbc.sql("delete from information_post where id = ?").param(id).update();
    }

    void deleteAll(long phaseId) {
        jdbc.sql("delete from information_post where phase_id = ?").param(phaseId).update();
    }

    List<InformationPost> byAuthor(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from information_post where author_id = ? order by id")
                .param(accountId).query(RecordRowMapper.of(InformationPost.class)).list();
    }
}
