package de.stadtdialog.project.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.project.ProjectResult;

@Repository
public class ResultRepository {

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProjectResult find(long projectId) {
        var documents = jdbc.sql("select id, title, storage_key, size_bytes from project_result_document "
                + "where project_id = ? order by id").param(projectId)
                .query((rs, n) -> new ProjectResult.Document(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4))).list();
        var links = jdbc.sql("select id, title, url from project_result_link where project_id = ? order by id")
                .param(projectId)
                .query((rs, n) -> new ProjectResult.Link(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        return jdbc.sql("select summary_md, adopted_md, rejected_md, published_at, updated_at from project_result "
                + "where project_id = ?").param(projectId)
                .query((rs, n) -> new ProjectResult(projectId, rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), documents, links))
                .optional()
                .orElseGet(() -> new ProjectResult(projectId, null, null, null, null, null, documents, links));
    }

    /** The projects among these whose results are published. */
    public Set<Long> published(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select project_id from project_result where published_at is not null "
                + "and project_id in (:ids)").param("ids", projectIds).query(Long.class).list());
    }

    public void saveTexts(long projectId, String summaryMd, String adoptedMd, String rejectedMd, Instant now) {
        ensureRow(projectId, now);
        jdbc.sql("update project_result set summary_md = ?, adopted_md = ?, rejected_md = ?, updated_at = ? "
                + "where project_id = ?")
                .params(summaryMd, adoptedMd, rejectedMd, Timestamp.from(now), projectId).update();
    }

    public void setPublished(long projectId, Instant publishedAt, Instant now) {
        ensureRow(projectId, now);
        jdbc.sql("update project_result set published_at = ? where project_id = ?")
                .params(publishedAt == null ? null : Timestamp.from(publishedAt), projectId).update();
    }

    private void ensureRow(long projectId, Instant now) {
        if (jdbc.sql("select count(*) from project_result where project_id = ?").param(projectId).query(Long.class)
                .single() == 0) {
            jdbc.sql("insert into project_result (project_id, updated_at) values (?, ?)")
                    .params(projectId, Timestamp.from(now)).update();
        }
    }

    public long addDocument(long projectId, String title, String storageKey, long size, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into project_result_document (project_id, title, storage_key, size_bytes, created_at) "
                + "values (?, ?, ?, ?, ?)").params(projectId, title, storageKey, size, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** @return the removed document's storage key */
    public Optional<String> removeDocument(long projectId, long documentId) {
        Optional<String> key = jdbc.sql("select storage_key from project_result_document where id = ? and project_id = ?")
                .params(documentId, projectId).query(String.class).optional();
        key.ifPresent(k -> jdbc.sql("delete from project_result_document where id = ?").param(documentId).update());
        return key;
    }

    public long addLink(long projectId, String title, String url, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into project_result_link (project_id, title, url, created_at) values (?, ?, ?, ?)")
                .params(projectId, title, url, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void removeLink(long projectId, long linkId) {
        jdbc.sql("delete from project_result_link where id = ? and project_id = ?").params(linkId, projectId).update();
    }

    /**
     * Records that the reminder for a project went out. With several nodes running the job, only the
     * node whose insert succeeds sends it.
     *
     * @return whether this call recorded it
     */
    boolean claimReminder(long projectId, Instant now) {
        try {
            return jdbc.sql("insert into project_result_reminder (project_id, sent_at) values (?, ?)")
                    .params(projectId, Timestamp.from(now)).update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    List<Long> reminded() {
        return jdbc.sql("select project_id from project_result_reminder").query(Long.class).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
