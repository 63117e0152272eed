package de.stadtdialog.verification.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.verification.VerificationMethod;
import de.stadtdialog.verification.VerificationStatus;

/**
 * Verifies people by the register extract, by letter codes and in person, and keeps the extract and
 * the codes only as keyed hashes.
 */
@Service
public class VerificationService {

    /** Failed attempts an account may make per day, so nobody can try out names and birth dates. */
    static final int ATTEMPTS_PER_DAY = 5;
    static final int MAX_CODES = 5000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for each other on paper. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final VerificationRepository repository;
    private final VerificationSettings settings;
    private final Taxonomy taxonomy;
    private final Clock clock;

    VerificationService(VerificationRepository repository, VerificationSettings settings, Taxonomy taxonomy,
            Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** Why an attempt failed: a message key for the named form field. */
    record Problem(String field, String messageKey, Object... args) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<VerificationStatus> status(long accountId) {
        return repository.find(accountId);
    }

    /** Verifies the person if the register names them and their row verified no other account. */
    @Transactional
    Optional<Problem> verifyByRegister(long accountId, Resident resident) {
        Optional<Problem> limited = limited(accountId);
        if (limited.isPresent()) {
            return limited;
        }
        String hash = settings.hash().of(resident.key());
        var row = repository.lockRegisterRow(hash);
        if (row.isEmpty()) {
            return failed(accountId, "verification.register.no-match");
        }
        Optional<Optional<Long>> claim = repository.claimOf(hash);
        if (claim.isPresent() && !claim.get().equals(Optional.of(accountId))) {
            return failed(accountId, "verification.register.already-used");
        }
        if (claim.isEmpty()) {
            repository.claim(hash, accountId, clock.instant());
        }
        repository.save(new VerificationStatus(accountId, VerificationMethod.REGISTER, clock.instant(), validUntil(),
                row.get().districtId(), resident.birthDate(), null));
        return Optional.empty();
    }

    /** Verifies the person with an unused, unexpired letter code, which is then used up. */
    @Transactional
    Optional<Problem> verifyByLetter(long accountId, String code) {
        Optional<Problem> limited = limited(accountId);
        if (limited.isPresent()) {
            return limited;
        }
        String hash = settings.hash().of(codeKey(code));
        var letter = repository.lockUnusedCode(hash);
        if (letter.isEmpty()) {
            return failed(accountId, "verification.letter.invalid");
        }
        if (letter.get().validUntil().isBefore(today())) {
            return Optional.of(new Problem("code", "verification.letter.expired", letter.get().validUntil()));
        }
        repository.useCode(hash, accountId, clock.instant());
        repository.save(new VerificationStatus(accountId, VerificationMethod.LETTER, clock.instant(), validUntil(),
                letter.get().districtId(), null, null));
        return Optional.empty();
    }

    @Transactional
    public void verifyInPerson(long staffId, long accountId, Long districtId, LocalDate birthDate) {
        repository.save(new VerificationStatus(accountId, VerificationMethod.IN_PERSON, clock.instant(), validUntil(),
                districtId, birthDate, staffId));
    }

    @Transactional
    void remove(long accountId) {
        repository.delete(accountId);
    }

    /** The lines of an upload that could not be used; empty when the register was replaced. */
    record Upload(int rows, List<Integer> invalidLines, List<String> unknownDistricts) {

        boolean replaced() {
            return invalidLines.isEmpty() && unknownDistricts.isEmpty() && rows > 0;
        }
    }

    /**
     * Replaces the register by the extract, unless a line names no complete person or an unknown
     * district: then nothing changes, so a faulty file never locks residents out.
     */
    @Transactional
    Upload uploadRegister(byte[] csv, long staffId) {
        RegisterCsv.Extract extract = RegisterCsv.read(csv);
        Map<String, Long> districts = new LinkedHashMap<>();
        taxonomy.districts().forEach(term -> districts.put(term.name().strip().toLowerCase(Locale.GERMAN), term.id()));
        List<String> unknown = new ArrayList<>();
        Map<String, VerificationRepository.RegisterRow> rows = new LinkedHashMap<>();
        for (RegisterCsv.Line line : extract.lines()) {
            Long districtId = null;
            if (line.district() != null) {
                districtId = districts.get(line.district().toLowerCase(Locale.GERMAN));
                if (districtId == null && !unknown.contains(line.district())) {
                    unknown.add(line.district());
                }
            }
            String hash = settings.hash().of(line.resident().key());
            rows.put(hash, new VerificationRepository.RegisterRow(hash, districtId));
        }
        Upload upload = new Upload(rows.size(), extract.invalid(), unknown);
        if (upload.replaced()) {
            repository.replaceRegister(List.copyOf(rows.values()), staffId, clock.instant());
        }
        return upload;
    }

    /** New one-time codes, returned this once for printing and stored only as keyed hashes. */
    @Transactional
    List<String> createCodes(int count, Long districtId, LocalDate validUntil, long staffId) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        repository.insertCodes(codes.stream().map(code -> settings.hash().of(codeKey(code))).toList(), districtId,
                validUntil, staffId, clock.instant());
        return codes;
    }

    VerificationRepository.CodeCounts codeCounts() {
        return repository.codeCounts(today());
    }

    Optional<VerificationRepository.RegisterInfo> register() {
        return repository.register();
    }

    Map<String, Integer> countsByMethod() {
        return repository.countsByMethod(today());
    }

    /** A code as typed: case, spaces and dashes do not matter. */
    private static String codeKey(String code) {
        return "letter-v1|" + (code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
    }

    private LocalDate validUntil() {
        return today().plus(settings.validFor());
    }

    private Optional<Problem> limited(long accountId) {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        return repository.failedSince(accountId, dayAgo) >= ATTEMPTS_PER_DAY
                ? Optional.of(new Problem("form", "verification.too-many", ATTEMPTS_PER_DAY))
                : Optional.empty();
    }

    private Optional<Problem> failed(long accountId, String messageKey) {
        Instant now = clock.instant();
        repository.recordFailure(accountId, now, now.minus(Duration.ofDays(1)));
        return Optional.of(new Problem(messageKey.startsWith("verification.letter") ? "code" : "form", messageKey));
    }
}
