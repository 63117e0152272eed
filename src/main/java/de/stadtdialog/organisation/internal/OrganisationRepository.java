package de.stadtdialog.organisation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.shared.jdbc.RecordParameters;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
public class OrganisationRepository {

    private static final String COLUMNS = "id, slug, name, description, logo_key, logo_alt, contact_email, "
            + "contact_phone, contact_address, website, imprint_md, privacy_md, netiquette_md";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> findAll() {
        return jdbc.sql("select " + COLUMNS + " from organisation order by name").query(RecordRowMapper.of(Organisation.class)).list();
    }

    public Optional<Organisation> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?").param(id)
                .query(RecordRowMapper.of(Organisation.class)).optional();
    }

    public Optional<Organisation> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from organisation where slug = ?").param(slug)
                .query(RecordRowMapper.of(Organisation.class)).optional();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("select count(*) from organisation where slug = ? and id <> ?").params(slug, exceptId)
                .query(Long.class).single() > 0;
    }

    public long insert(Organisation o) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into organisation (slug, name, description, logo_key, logo_alt, contact_email, contact_phone,
                    contact_address, website, imprint_md, privacy_md, netiquette_md, created_at)
                values (:slug, :name, :description, :logoKey, :logoAlt, :contactEmail, :contactPhone, :contactAddress,
                    :website, :imprintMd, :privacyMd, :netiquetteMd, :now)
                """)
                .paramSource(RecordParameters.of(o).addValue("now", Timestamp.from(Instant.now())))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Organisation o) {
        jdbc.sql("""
                update organisation set slug = :slug, name = :name, description = :description, logo_key = :logoKey,
                    logo_alt = :logoAlt, contact_email = :contactEmail, contact_phone = :contactPhone,
                    contact_address = :contactAddress, website = :website, imprint_md = :imprintMd,
                    privacy_md = :privacyMd, netiquette_md = :netiquetteMd
                where id = :id
                """).paramSource(RecordParameters.of(o)).update();
    }

    public Map<Long, OrgRole> rolesOf(long accountId) {
        Map<Long, OrgRole> roles = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, role from membership where account_id = ?").param(accountId)
                .query((rs, n) -> roles.put(rs.getLong(1), OrgRole.valueOf(rs.getString(2)))).list();
        return roles;
    }

    boolean isStaff(long accountId) {
        return jdbc.sql("select count(*) from membership where account_id = ?").param(accountId)
                .query(Long.class).single() > 0;
    }

    public record MemberRow(long accountId, OrgRole role) {
    }

    public List<MemberRow> members(long organisationId) {
        return jdbc.sql("select account_id, role from membership where organisation_id = ? order by account_id")
                .param(organisationId).query(RecordRowMapper.of(MemberRow.class)).list();
    }

    public void putMember(long organisationId, long accountId, OrgRole role) {
        int updated = jdbc.sql("update membership set role = ? where organisation_id = ? and account_id = ?")
                .params(role.name(), organisationId, accountId).update();
        if (updated == 0) {
            jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, ?)")
                    .params(organisationId, accountId, role.name()).update();
        }
    }

    void removeMember(long organisationId, long accountId) {
        jdbc.sql("delete from membership where organisation_id = ? and account_id = ?")
                .params(organisationId, accountId).update();
    }

    void removeAllMemberships(long accountId) {
        jdbc.sql("delete from membership where account_id = ?").param(accountId).update();
    }
}
