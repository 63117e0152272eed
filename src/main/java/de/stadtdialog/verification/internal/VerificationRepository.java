package de.stadtdialog.verification.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.verification.VerificationMethod;
import de.stadtdialog.verification.VerificationStatus;

@Repository
class VerificationRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VerificationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // --- verifications ---

    Optional<VerificationStatus> find(long accountId) {
        return jdbc.sql("""
                select account_id, method, verified_at, valid_until, district_id, birth_date, verified_by
                from verification where account_id = ?
                """).param(accountId).query((rs, n) -> new VerificationStatus(rs.getLong("account_id"),
                VerificationMethod.valueOf(rs.getString("method")), rs.getTimestamp("verified_at").toInstant(),
                rs.getDate("valid_until").toLocalDate(), rs.getObject("district_id", Long.class),
                rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate(),
                rs.getObject("verified_by", Long.class))).optional();
    }

    /** Replaces the account's verification. */
    void save(VerificationStatus status) {
        delete(status.accountId());
        jdbc.sql("""
                insert into verification (account_id, method, verified_at, valid_until, district_id, birth_date,
                    verified_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(status.accountId(), status.method().name(), Timestamp.from(status.verifiedAt()),
                Date.valueOf(status.validUntil()), status.districtId(),
                status.birthDate() == null ? null : Date.valueOf(status.birthDate()), status.verifiedBy())
                .update();
    }

    void delete(long accountId) {
        jdbc.sql("delete from verification where account_id = ?").param(accountId).update();
    }

    /**
     * Whether the register row with this hash verified an account before, and which (null when that
     * account was deleted).
     */
    Optional<Optional<Long>> claimOf(String personHash) {
        return jdbc.sql("select account_id from verification_register_claim where person_hash = ?").param(personHash)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).optional();
    }

    void claim(String personHash, long accountId, Instant now) {
        jdbc.sql("insert into verification_register_claim (person_hash, account_id, claimed_at) values (?, ?, ?)")
                .params(personHash, accountId, Timestamp.from(now)).update();
    }

    Map<String, Integer> countsByMethod(LocalDate today) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("select method, count(*) from verification where valid_until >= ? group by method")
                .param(Date.valueOf(today)).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    // --- the resident register ---

    record RegisterInfo(Instant uploadedAt, int rowCount) {
    }

    Optional<RegisterInfo> register() {
        return jdbc.sql("select uploaded_at, row_count from verification_register order by id desc")
                .query((rs, n) -> new RegisterInfo(rs.getTimestamp(1).toInstant(), rs.getInt(2))).stream().findFirst();
    }

    record RegisterRow(String personHash, Long districtId) {
    }

    void replaceRegister(List<RegisterRow> rows, long uploadedBy, Instant now) {
        jdbc.sql("delete from verification_register_row").update();
        jdbc.sql("delete from verification_register").update();
        jdbc.sql("insert into verification_register (uploaded_at, uploaded_by, row_count) values (?, ?, ?)")
                .params(Timestamp.from(now), uploadedBy, rows.size()).update();
        template.batchUpdate("insert into verification_register_row (person_hash, district_id) values (?, ?)", rows,
                1000, (statement, row) -> {
                    statement.setString(1, row.personHash());
                    statement.setObject(2, row.districtId());
                });
    }

    /** The register row with this hash, locked so that two accounts cannot take it at once. */
    Optional<RegisterRow> lockRegisterRow(String personHash) {
        return jdbc.sql("select person_hash, district_id from verification_register_row where person_hash = ? for update")
                .param(personHash)
                .query((rs, n) -> new RegisterRow(rs.getString(1), rs.getObject(2, Long.class))).optional();
    }

    // --- letter codes ---

    void insertCodes(List<String> codeHashes, Long districtId, LocalDate validUntil, long createdBy, Instant now) {
        template.batchUpdate("""
                insert into verification_letter_code (code_hash, district_id, created_at, created_by, valid_until)
                values (?, ?, ?, ?, ?)
                """, codeHashes, 1000, (statement, hash) -> {
            statement.setString(1, hash);
            statement.setObject(2, districtId);
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setLong(4, createdBy);
            statement.setDate(5, Date.valueOf(validUntil));
        });
    }

    record LetterCode(String codeHash, Long districtId, LocalDate validUntil) {
    }

    /** An unused code, locked so that it verifies one account only. */
    Optional<LetterCode> lockUnusedCode(String codeHash) {
        return jdbc.sql("""
                select code_hash, district_id, valid_until from verification_letter_code
                where code_hash = ? and used_at is null for update
                """).param(codeHash).query((rs, n) -> new LetterCode(rs.getString(1), rs.getObject(2, Long.class),
                rs.getDate(3).toLocalDate())).optional();
    }

    void useCode(String codeHash, long accountId, Instant now) {
        jdbc.sql("update verification_letter_code set used_at = ?, used_by = ? where code_hash = ?")
                .params(Timestamp.from(now), accountId, codeHash).update();
    }

    record CodeCounts(int open, int used, int expired) {
    }

    CodeCounts codeCounts(LocalDate today) {
        return jdbc.sql("""
                select coalesce(sum(case when used_at is null and valid_until >= ? then 1 else 0 end), 0),
                       coalesce(sum(case when used_at is not null then 1 else 0 end), 0),
                       coalesce(sum(case when used_at is null and valid_until < ? then 1 else 0 end), 0)
                from verification_letter_code
                """).params(Date.valueOf(today), Date.valueOf(today))
                .query((rs, n) -> new CodeCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    // --- attempts ---

    int failedSince(long accountId, Instant since) {
        return jdbc.sql("select count(*) from verification_attempt where account_id = ? and attempted_at >= ?")
                .params(accountId, Timestamp.from(since)).query(Integer.class).single();
    }

    void recordFailure(long accountId, Instant now, Instant forgetBefore) {
        jdbc.sql("delete from verification_attempt where account_id = ? and attempted_at < ?")
                .params(accountId, Timestamp.from(forgetBefore)).update();
        jdbc.sql("insert into verification_attempt (account_id, attempted_at) values (?, ?)")
                .params(accountId, Timestamp.from(now)).update();
    }
}
