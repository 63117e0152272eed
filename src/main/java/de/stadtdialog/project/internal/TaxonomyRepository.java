package de.stadtdialog.project.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class TaxonomyRepository implements Taxonomy {

    /** Table names come from this enum only, never from input. */
    enum Kind {
        TOPIC("topic", "project_topic", "topic_id"), DISTRICT("district", "project_district", "district_id");

        final String table;
        final String link;
        final String column;

        Kind(String table, String link, String column) {
            this.table = table;
            this.link = link;
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Term> topics() {
        return terms(Kind.TOPIC);
    }

    @Override
    public List<Term> districts() {
        return terms(Kind.DISTRICT);
    }

    List<Term> terms(Kind kind) {
        return jdbc.sql("select id, name from " + kind.table + " order by name").query(RecordRowMapper.of(Term.class)).list();
    }

    @Override
    @Transactional
    public long addTopic(String name) {
        return add(Kind.TOPIC, name);
    }

    @Override
    @Transactional
    public long addDistrict(String name) {
        return add(Kind.DISTRICT, name);
    }

    long add(Kind kind, String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into " + kind.table + " (name) values (?)").param(name.trim()).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean exists(Kind kind, String name, long exceptId) {
        return jdbc.sql("select count(*) from " + kind.table + " where lower(name) = lower(?) and id <> ?")
                .params(name.trim(), exceptId).query(Long.class).single() > 0;
    }

    void rename(Kind kind, long id, String name) {
        jdbc.sql("update " + kind.table + " set name = ? where id = ?").params(name.trim(), id).update();
    }

    void delete(Kind kind, long id) {
        jdbc.sql("delete from " + kind.table + " where id = ?").param(id).update();
    }

    @Override
    public Map<Long, List<Term>> topicsOf(Set<Long> projectIds) {
        return termsOf(Kind.TOPIC, projectIds);
    }

    @Override
    public Map<Long, List<Term>> districtsOf(Set<Long> projectIds) {
        return termsOf(Kind.DISTRICT, projectIds);
    }

    private Map<Long, List<Term>> termsOf(Kind kind, Collection<Long> projectIds) {
        Map<Long, List<Term>> result = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select l.project_id, t.id, t.name from " + kind.link + " l join " + kind.table + " t on t.id = l."
                + kind.column + " where l.project_id in (:ids) order by t.name")
                .param("ids", projectIds)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new Term(rs.getLong(2), rs.getString(3))))
                .list();
        return result;
    }

    void assign(Kind kind, long projectId, Collection<Long> termIds) {
        jdbc.sql("delete from " + kind.link + " where project_id = ?").param(projectId).update();
        Set<Long> known = Set.copyOf(terms(kind).stream().map(Term::id).toList());
        for (Long termId : termIds) {
            if (known.contains(termId)) {
                jdbc.sql("insert into " + kind.link + " (project_id, " + kind.column + ") values (?, ?)")
                        .params(projectId, termId).update();
            }
        }
    }
}
