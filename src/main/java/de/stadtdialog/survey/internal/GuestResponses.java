package de.stadtdialog.survey.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses of people without an account, in the survey's guest mode: one per browser (with a
 * limit per network address), one per invitation code, or any number at a kiosk. Browser tokens,
 * addresses and codes are stored only as hashes.
 */
@Service
class GuestResponses {

    /** Responses one network address may send per hour in browser mode; a kiosk has no limit. */
    static final int PER_ADDRESS_AND_HOUR = 30;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Codes use letters and digits that cannot be mistaken for each other on paper. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SurveyRepository surveys;
    private final SurveyService service;
    private final JdbcClient jdbc;
    private final Clock clock;

    GuestResponses(SurveyRepository surveys, SurveyService service, JdbcClient jdbc, Clock clock) {
        this.surveys = surveys;
        this.service = service;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param browserToken the token this browser got with an earlier response, to keep (null for none)
     * @param problems by field; the code field is {@code code}, questions {@code q<id>}, the whole form {@code form}
     */
    record Outcome(boolean stored, String browserToken, Map<String, MessageSourceResolvable> problems,
            String receipt) {
    }

    @Transactional
    public Outcome respond(Survey survey, Map<String, List<String>> params, String browserToken, String address,
            de.stadtdialog.shared.geo.GeoArea area) {
        long phaseId = survey.phaseId();
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        String code = survey.guestMode() == Survey.GuestMode.CODE ? normalise(first(params, "code")) : null;
        String origin = hash(address == null ? "" : address);
        switch (survey.guestMode()) {
            case BROWSER -> {
                if (answeredFrom(phaseId, browserToken)) {
                    problems.put("form", problem("survey.guest.already"));
                } else if (surveys.fromOriginSince(phaseId, origin, clock.instant().minus(Duration.ofHours(1)))
                        >= PER_ADDRESS_AND_HOUR) {
                    problems.put("form", problem("survey.guest.too-many"));
                }
            }
            case CODE -> {
                if (code.isEmpty()) {
                    problems.put("code", problem("survey.code.required"));
                } else if (!lockUsableCode(phaseId, hash(code))) {
                    problems.put("code", problem("survey.code.invalid"));
                }
            }
            case KIOSK -> {
            }
        }
        SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(phaseId), params, area);
        problems.putAll(reading.problems());
        if (!problems.isEmpty()) {
            return new Outcome(false, null, problems, null);
        }
        String token = survey.guestMode() == Survey.GuestMode.BROWSER ? newToken() : null;
        long response = surveys.insertGuestResponse(phaseId,
                survey.guestMode() == Survey.GuestMode.KIOSK ? "KIOSK" : "ONLINE", token == null ? null : hash(token),
                survey.guestMode() == Survey.GuestMode.BROWSER ? origin : null, clock.instant());
        surveys.insertAnswers(response, reading.answers());
        if (code != null) {
            surveys.useCode(phaseId, hash(code), response, clock.instant());
        }
        return new Outcome(true, token, Map.of(), service.receipt(survey, response, reading));
    }

    /** Whether this browser sent a response already (browser mode); false without its token. */
    boolean answeredFrom(long phaseId, String browserToken) {
        return browserToken != null && surveys.browserAnswered(phaseId, hash(browserToken));
    }

    /** Locks the code's row until the transaction ends, so two people cannot use one code at once. */
    private boolean lockUsableCode(long phaseId, String codeHash) {
        return jdbc.sql("select code_hash from survey_code where code_hash = ? and phase_id = ? and used_at is null "
                + "for update").params(codeHash, phaseId).query(String.class).optional().isPresent();
    }

    /** New one-time codes; they are returned once, for printing, and stored only as hashes. */
    @Transactional
    public List<String> createCodes(long phaseId, int count) {
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
            surveys.insertCode(phaseId, hash(normalise(code.toString())), clock.instant());
            codes.add(code.toString());
        }
        return codes;
    }

    /** Codes are typed as printed or not: spaces, dashes and case do not matter. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageSourceResolvable problem(String key) {
        return new DefaultMessageSourceResolvable(new String[] { key }, null, key);
    }
}
