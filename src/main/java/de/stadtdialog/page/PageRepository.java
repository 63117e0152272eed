package de.stadtdialog.page;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class PageRepository {

    private final JdbcClient jdbc;

    PageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Page> find(PageKey key) {
        return jdbc.sql("select page_key, title, body_md, version, updated_at from page where page_key = ?")
                .param(key.path()).query(RecordRowMapper.of(Page.class)).optional();
    }

    List<Page> all() {
        return jdbc.sql("select page_key, title, body_md, version, updated_at from page order by page_key")
                .query(RecordRowMapper.of(Page.class)).list();
    }

    void update(PageKey key, String title, String bodyMd, Instant now) {
        jdbc.sql("update page set title = ?, body_md = ?, version = version + 1, updated_at = ? where page_key = ?")
                .params(title, bodyMd, Timestamp.from(now), key.path()).update();
    }

    void insertReport(String pageUrl, String description, String email, Long accountId, Instant now) {
        jdbc.sql("""
                insert into barrier_report (page_url, description, email, account_id, created_at)
                values (?, ?, ?, ?, ?)
                """).params(pageUrl, description, email, accountId, Timestamp.from(now)).update();
    }

    List<BarrierReport> reports() {
        return jdbc.sql("select id, page_url, description, email, created_at from barrier_report order by created_at desc")
                .query(RecordRowMapper.of(BarrierReport.class)).list();
    }

    List<BarrierReport> reportsBy(long accountId) {
        return jdbc.sql("select id, page_url, description, email, created_at from barrier_report where account_id = ?")
                .param(accountId).query(RecordRowMapper.of(BarrierReport.class)).list();
    }
}
