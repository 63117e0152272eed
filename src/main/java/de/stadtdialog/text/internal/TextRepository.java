package de.stadtdialog.text.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

/** The versions of a phase's document, their paragraphs, and the draft of the next version. */
@Repository
public class TextRepository {

    private static final String PARAGRAPH_COLUMNS = "paragraph_key, chapter_no, paragraph_no, chapter_title, position, body";

    private final JdbcClient jdbc;

    TextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Version> versions(long phaseId) {
        return jdbc.sql("select " + Version.COLUMNS + " from text_version where phase_id = ? order by version_no")
                .param(phaseId).query(RecordRowMapper.of(Version.class)).list();
    }

    Optional<Version> latest(long phaseId) {
        return jdbc.sql("select " + Version.COLUMNS + " from text_version where phase_id = ? "
                + "order by version_no desc limit 1").param(phaseId).query(RecordRowMapper.of(Version.class)).optional();
    }

    Optional<Version> version(long phaseId, int versionNo) {
        return jdbc.sql("select " + Version.COLUMNS + " from text_version where phase_id = ? and version_no = ?")
                .params(phaseId, versionNo).query(RecordRowMapper.of(Version.class)).optional();
    }

    /** Serialises publishing per phase, so two initiators cannot both publish version 3. */
    Optional<Version> lockLatest(long phaseId) {
        jdbc.sql("select phase_id from text_draft where phase_id = ? for update").param(phaseId).query(Long.class)
                .optional();
        return latest(phaseId);
    }

    List<Paragraph> paragraphs(long versionId) {
        return jdbc.sql("select " + PARAGRAPH_COLUMNS + " from text_paragraph where version_id = ? order by position")
                .param(versionId).query(RecordRowMapper.of(Paragraph.class)).list();
    }

    /** The highest paragraph number ever used per chapter, and under 0 the highest chapter number. */
    Map<Integer, Integer> highestNumbers(long phaseId) {
        Map<Integer, Integer> highest = new HashMap<>();
        jdbc.sql("select p.chapter_no, max(p.paragraph_no) from text_paragraph p join text_version v on v.id = p.version_id "
                + "where v.phase_id = ? group by p.chapter_no").param(phaseId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2))).list()
                .forEach(e -> {
                    highest.put(e.getKey(), e.getValue());
                    highest.merge(0, e.getKey(), Math::max);
                });
        return highest;
    }

    long insertVersion(long phaseId, int versionNo, String bodyMd, String changeNote, Long authorId,
            List<Paragraph> paragraphs, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into text_version (phase_id, version_no, body_md, change_note, published_at, published_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(phaseId, versionNo, bodyMd, changeNote, Timestamp.from(now), authorId).update(keys, "id");
        long versionId = keys.getKey().longValue();
        for (Paragraph p : paragraphs) {
            jdbc.sql("insert into text_paragraph (version_id, " + PARAGRAPH_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                    .params(versionId, p.paragraphKey(), p.chapterNo(), p.paragraphNo(), p.chapterTitle(), p.position(),
                            p.body()).update();
        }
        return versionId;
    }

    Optional<String> draft(long phaseId) {
        return jdbc.sql("select body_md from text_draft where phase_id = ?").param(phaseId).query(String.class)
                .optional();
    }

    void saveDraft(long phaseId, String bodyMd, Instant now) {
        int updated = jdbc.sql("update text_draft set body_md = ?, updated_at = ? where phase_id = ?")
                .params(bodyMd, Timestamp.from(now), phaseId).update();
        if (updated == 0) {
            jdbc.sql("insert into text_draft (phase_id, body_md, updated_at) values (?, ?, ?)")
                    .params(phaseId, bodyMd, Timestamp.from(now)).update();
        }
    }

    void deleteAll(long phaseId) {
        jdbc.sql("delete from text_comment where phase_id = ?").param(phaseId).update();
        jdbc.sql("delete from text_version where phase_id = ?").param(phaseId).update();
        jdbc.sql("delete from text_draft where phase_id = ?").param(phaseId).update();
    }
}
