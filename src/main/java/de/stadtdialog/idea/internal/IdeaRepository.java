package de.stadtdialog.idea.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.idea.internal.IdeaSettings.LocationMode;
import de.stadtdialog.idea.internal.IdeaSettings.Place;
import de.stadtdialog.idea.internal.IdeaSettings.RatingMode;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

/** Ideas, their categories and statuses, ratings and votes. Counters change in the same statement as their rows. */
@Repository
class IdeaRepository {

    private final JdbcClient jdbc;

    IdeaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- Collection settings ---

    Optional<IdeaSettings> settings(long projectId) {
        return jdbc.sql("""
                select project_id, show_map, location_mode, images_allowed, max_length, rating_mode, premoderation,
                       edit_minutes, vote_limit, places, version
                from idea_collection where project_id = ?""").param(projectId)
                .query((rs, n) -> {
                    int limit = rs.getInt("vote_limit");
                    Integer voteLimit = rs.wasNull() ? null : limit;
                    return new IdeaSettings(rs.getLong("project_id"), rs.getBoolean("show_map"),
                            LocationMode.valueOf(rs.getString("location_mode")), rs.getBoolean("images_allowed"),
                            rs.getInt("max_length"), RatingMode.valueOf(rs.getString("rating_mode")),
                            rs.getBoolean("premoderation"), rs.getInt("edit_minutes"), voteLimit,
                            parsePlaces(rs.getString("places")), rs.getLong("version"));
                }).optional();
    }

    boolean exists(long projectId) {
        return jdbc.sql("select count(*) from idea_collection where project_id = ?").param(projectId)
                .query(Long.class).single() > 0;
    }

    void insertSettings(IdeaSettings s) {
        jdbc.sql("""
                insert into idea_collection (project_id, show_map, location_mode, images_allowed, max_length,
                    rating_mode, premoderation, edit_minutes, vote_limit, places, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(s.projectId(), s.showMap(), s.locationMode().name(), s.imagesAllowed(), s.maxLength(),
                        s.ratingMode().name(), s.premoderation(), s.editMinutes(), s.voteLimit(),
                        formatPlaces(s.places()))
                .update();
    }

    void updateSettings(IdeaSettings s) {
        jdbc.sql("""
                update idea_collection set show_map = ?, location_mode = ?, images_allowed = ?, max_length = ?,
                    rating_mode = ?, premoderation = ?, edit_minutes = ?, vote_limit = ?, places = ?,
                    version = version + 1
                where project_id = ?""")
                .params(s.showMap(), s.locationMode().name(), s.imagesAllowed(), s.maxLength(), s.ratingMode().name(),
                        s.premoderation(), s.editMinutes(), s.voteLimit(), formatPlaces(s.places()), s.projectId())
                .update();
    }

    void deleteCollection(long projectId) {
        jdbc.sql("delete from idea_collection where project_id = ?").param(projectId).update();
    }

    void touch(long projectId) {
        jdbc.sql("update idea_collection set version = version + 1 where project_id = ?").param(projectId).update();
    }

    long version(long projectId) {
        return jdbc.sql("select version from idea_collection where project_id = ?").param(projectId)
                .query(Long.class).optional().orElse(-1L);
    }

    /** Locks the collection until the transaction ends, e.g. to count a person's votes against the limit. */
    void lockCollection(long projectId) {
        jdbc.sql("select project_id from idea_collection where project_id = ? for update").param(projectId)
                .query(Long.class).optional();
    }

    static List<Place> parsePlaces(String text) {
        List<Place> places = new ArrayList<>();
        if (text == null) {
            return places;
        }
        for (String line : text.split("\\R")) {
            String[] parts = line.split(";");
            if (parts.length == 3) {
                try {
                    places.add(new Place(parts[0].strip(), Double.parseDouble(parts[1].strip()),
                            Double.parseDouble(parts[2].strip())));
                } catch (NumberFormatException e) {
                    // lines were checked when saved; a broken one is skipped
                }
            }
        }
        return places;
    }

    static String formatPlaces(List<Place> places) {
        return places.isEmpty() ? null : places.stream()
                .map(p -> p.name() + ";" + p.lat() + ";" + p.lon()).collect(Collectors.joining("\n"));
    }

    // --- Categories and statuses ---

    List<Category> categories(long projectId) {
        return jdbc.sql("select id, project_id, name, colour, icon, position from idea_category where project_id = ? "
                + "order by position, id").param(projectId).query(RecordRowMapper.of(Category.class)).list();
    }

    void insertCategory(long projectId, String name, String colour, String icon) {
        jdbc.sql("""
                insert into idea_category (project_id, name, colour, icon, position)
                values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from idea_category where project_id = ?))""")
                .params(projectId, name, colour, icon, projectId).update();
    }

    void updateCategory(long id, String name, String colour, String icon) {
        jdbc.sql("update idea_category set name = ?, colour = ?, icon = ? where id = ?")
                .params(name, colour, icon, id).update();
    }

    void deleteCategory(long id) {
        jdbc.sql("delete from idea_category where id = ?").param(id).update();
    }

    List<IdeaStatus> statuses(long projectId) {
        return jdbc.sql("select id, project_id, name, colour, meaning, position from idea_status where project_id = ? "
                + "order by position, id").param(projectId).query(RecordRowMapper.of(IdeaStatus.class)).list();
    }

    void insertStatus(long projectId, String name, String colour, IdeaStatus.Meaning meaning) {
        jdbc.sql("""
                insert into idea_status (project_id, name, colour, meaning, position)
                values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from idea_status where project_id = ?))""")
                .params(projectId, name, colour, meaning.name(), projectId).update();
    }

    void updateStatus(long id, String name, String colour, IdeaStatus.Meaning meaning) {
        jdbc.sql("update idea_status set name = ?, colour = ?, meaning = ? where id = ?")
                .params(name, colour, meaning.name(), id).update();
    }

    void deleteStatus(long id) {
        jdbc.sql("delete from idea_status where id = ?").param(id).update();
    }

    // --- Ideas ---

    Optional<Idea> find(long id) {
        return jdbc.sql("select " + Idea.COLUMNS + " from idea where id = ?").param(id)
                .query(RecordRowMapper.of(Idea.class)).optional();
    }

    /** Reads the idea and locks its row until the transaction ends, so counters change one at a time. */
    Optional<Idea> lock(long id) {
        return jdbc.sql("select " + Idea.COLUMNS + " from idea where id = ? for update").param(id)
                .query(RecordRowMapper.of(Idea.class)).optional();
    }

    long insert(Idea idea) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("projectId", idea.projectId()).addValue("authorId", idea.authorId())
                .addValue("guestName", idea.guestName())
                .addValue("title", idea.title()).addValue("body", idea.body())
                .addValue("searchText", searchText(idea.title(), idea.body()))
                .addValue("categoryId", idea.categoryId()).addValue("statusId", idea.statusId())
                .addValue("lat", idea.lat()).addValue("lon", idea.lon()).addValue("place", idea.place())
                .addValue("imageKey", idea.imageKey()).addValue("imageAlt", idea.imageAlt())
                .addValue("visibility", idea.visibility().name())
                .addValue("shuffle", java.util.concurrent.ThreadLocalRandom.current().nextInt(SHUFFLE_RANGE))
                .addValue("createdAt", Timestamp.from(idea.createdAt()));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into idea (project_id, author_id, guest_name, title, body, search_text, category_id, status_id, lat, lon,
                    place, image_key, image_alt, visibility, shuffle, created_at, updated_at)
                values (:projectId, :authorId, :guestName, :title, :body, :searchText, :categoryId, :statusId, :lat, :lon,
                    :place, :imageKey, :imageAlt, :visibility, :shuffle, :createdAt, :createdAt)""")
                .paramSource(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateContent(Idea idea, Instant now) {
        jdbc.sql("""
                update idea set title = ?, body = ?, search_text = ?, category_id = ?, lat = ?, lon = ?, place = ?,
                    image_key = ?, image_alt = ?, updated_at = ?
                where id = ?""")
                .params(idea.title(), idea.body(), searchText(idea.title(), idea.body()), idea.categoryId(),
                        idea.lat(), idea.lon(), idea.place(), idea.imageKey(), idea.imageAlt(), Timestamp.from(now),
                        idea.id())
                .update();
    }

    void setHidden(long id, Idea.Visibility visibility, String reason) {
        jdbc.sql("update idea set visibility = ?, hidden_reason = ? where id = ?").params(visibility.name(), reason, id)
                .update();
    }

    Optional<String> hiddenReason(long id) {
        return jdbc.sql("select hidden_reason from idea where id = ?").param(id).query(String.class).optional();
    }

    /** Ideas waiting for pre-moderation in all projects of an organisation, oldest first. */
    List<Idea> pendingOfOrganisation(long organisationId) {
        return jdbc.sql("select " + Idea.COLUMNS + " from idea where visibility = 'PENDING' "
                + "and project_id in (select id from project where organisation_id = ?) order by created_at, id")
                .param(organisationId).query(RecordRowMapper.of(Idea.class)).list();
    }

    void setVisibility(long id, Idea.Visibility visibility) {
        jdbc.sql("update idea set visibility = ? where id = ?").params(visibility.name(), id).update();
    }

    void setGuestEmail(long id, String email) {
        jdbc.sql("update idea set guest_email = ? where id = ?").params(email, id).update();
    }

    /** A guest confirmed: the idea goes public (or to moderation) and the address is forgotten. */
    void confirmGuest(long id, Idea.Visibility visibility) {
        jdbc.sql("update idea set visibility = ?, guest_email = null where id = ?").params(visibility.name(), id)
                .update();
    }

    void setAdmitted(long id, boolean admitted) {
        jdbc.sql("update idea set admitted = ? where id = ?").params(admitted, id).update();
    }

    void respond(long id, Long statusId, String responseMd, Instant now) {
        jdbc.sql("update idea set status_id = ?, response_md = ?, response_at = ? where id = ?")
                .params(statusId, responseMd, responseMd == null ? null : Timestamp.from(now), id).update();
    }

    /** @return how many of the ideas belong to the project and got the status */
    int setStatus(long projectId, Collection<Long> ideaIds, long statusId) {
        if (ideaIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update idea set status_id = :status where project_id = :project and id in (:ids)")
                .param("status", statusId).param("project", projectId).param("ids", ideaIds).update();
    }

    /** An idea whose status is about to change, with what its author's notification needs. */
    record Changing(long id, Long authorId, String title) {
    }

    /** Those of the ideas that belong to the project and do not have the status yet. */
    List<Changing> changing(long projectId, Collection<Long> ideaIds, long statusId) {
        if (ideaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, author_id, title from idea where project_id = :project and id in (:ids) "
                + "and (status_id is null or status_id <> :status)").param("project", projectId)
                .param("ids", ideaIds).param("status", statusId).query(RecordRowMapper.of(Changing.class)).list();
    }

    static String searchText(String title, String body) {
        String text = (title + " " + body).toLowerCase(Locale.GERMAN);
        return text.length() > 20200 ? text.substring(0, 20200) : text;
    }

    /** Ideas get a place in the shuffled circle of the random order from 0 to this (exclusive). */
    static final int SHUFFLE_RANGE = 1_000_003;

    /** One page of published ideas. Every order walks an index and stops after the page. */
    List<Idea> list(long projectId, IdeaQuery query) {
        if (query.sort() == IdeaQuery.Sort.RANDOM) {
            return shuffled(projectId, query);
        }
        Where where = where(projectId, query, true);
        String order = switch (query.sort()) {
            case SUPPORTED -> "supports desc, id desc";
            case DISCUSSED -> "comments desc, id desc";
            default -> "created_at desc, id desc";
        };
        where.params.addValue("limit", IdeaQuery.PAGE_SIZE).addValue("offset", query.offset());
        return jdbc.sql("select " + Idea.COLUMNS + " from idea where " + where.sql + " order by " + order
                + " limit :limit offset :offset").paramSource(where.params)
                .query(RecordRowMapper.of(Idea.class)).list();
    }

    /**
     * The random order: the circle of shuffle values read from the visitor's seed onwards, then from
     * the start up to the seed. Each half is an index range that stops after the rows the page needs.
     */
    private List<Idea> shuffled(long projectId, IdeaQuery query) {
        Where where = where(projectId, query, true);
        int end = query.offset() + IdeaQuery.PAGE_SIZE;
        where.params.addValue("seed", Math.floorMod(query.seed() * 7919L, SHUFFLE_RANGE)).addValue("end", end)
                .addValue("limit", IdeaQuery.PAGE_SIZE).addValue("offset", query.offset());
        String columns = Idea.COLUMNS;
        return jdbc.sql("select " + columns + " from ("
                + "(select " + columns + ", shuffle, 0 as half from idea where " + where.sql
                + " and shuffle >= :seed order by shuffle, id limit :end)"
                + " union all (select " + columns + ", shuffle, 1 as half from idea where " + where.sql
                + " and shuffle < :seed order by shuffle, id limit :end)"
                + ") circle order by half, shuffle, id limit :limit offset :offset").paramSource(where.params)
                .query(RecordRowMapper.of(Idea.class)).list();
    }

    long count(long projectId, IdeaQuery query) {
        Where where = where(projectId, query, true);
        return jdbc.sql("select count(*) from idea where " + where.sql).paramSource(where.params)
                .query(Long.class).single();
    }

    /** Every idea of the project in the back office, pending ones first, newest first. */
    List<Idea> listForStaff(long projectId, IdeaQuery query, int limit) {
        Where where = where(projectId, query, false);
        where.params.addValue("limit", limit).addValue("offset", query.offset());
        return jdbc.sql("select " + Idea.COLUMNS + " from idea where " + where.sql
                + " order by case when visibility = 'PENDING' then 0 else 1 end, created_at desc, id desc"
                + " limit :limit offset :offset").paramSource(where.params)
                .query(RecordRowMapper.of(Idea.class)).list();
    }

    long countForStaff(long projectId, IdeaQuery query) {
        Where where = where(projectId, query, false);
        return jdbc.sql("select count(*) from idea where " + where.sql).paramSource(where.params)
                .query(Long.class).single();
    }

    List<Long> idsForStaff(long projectId, IdeaQuery query) {
        Where where = where(projectId, query, false);
        return jdbc.sql("select id from idea where " + where.sql).paramSource(where.params).query(Long.class).list();
    }

    /**
     * Hands every idea of the project, in id order, to the consumer in chunks of the given size,
     * read page by page by id: the rows are never all in memory and no cursor stays open.
     */
    void forEachChunk(long projectId, int size, Consumer<List<Idea>> consumer) {
        long after = 0;
        while (true) {
            List<Idea> chunk = jdbc.sql("select " + Idea.COLUMNS + " from idea where project_id = ? and id > ? "
                    + "and visibility not in ('WITHDRAWN', 'UNCONFIRMED') order by id limit ?").params(projectId, after, size)
                    .query(RecordRowMapper.of(Idea.class)).list();
            if (chunk.isEmpty()) {
                return;
            }
            consumer.accept(chunk);
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private record Where(String sql, MapSqlParameterSource params) {
    }

    private static Where where(long projectId, IdeaQuery query, boolean publishedOnly) {
        StringBuilder sql = new StringBuilder("project_id = :project");
        MapSqlParameterSource params = new MapSqlParameterSource("project", projectId);
        if (publishedOnly) {
            sql.append(" and visibility = 'PUBLISHED'");
        } else {
            sql.append(" and visibility not in ('WITHDRAWN', 'UNCONFIRMED')");
        }
        if (query.categoryId() != null) {
            sql.append(" and category_id = :category");
            params.addValue("category", query.categoryId());
        }
        if (query.statusId() != null) {
            sql.append(" and status_id = :status");
            params.addValue("status", query.statusId());
        }
        List<String> words = query.words();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and search_text like :word").append(i).append(" escape '\\'");
            params.addValue("word" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return new Where(sql.toString(), params);
    }

    // --- Map ---

    public record Cell(double lat, double lon, long count, long id) {
    }

    public record Marker(long id, String title, Long categoryId, Long statusId, double lat, double lon) {
    }

    long countIn(long projectId, IdeaQuery query, double south, double west, double north, double east) {
        Where where = box(projectId, query, south, west, north, east);
        return jdbc.sql("select count(*) from idea where " + where.sql).paramSource(where.params)
                .query(Long.class).single();
    }

    List<Marker> markersIn(long projectId, IdeaQuery query, double south, double west, double north, double east) {
        Where where = box(projectId, query, south, west, north, east);
        return jdbc.sql("select id, title, category_id, status_id, lat, lon from idea where " + where.sql)
                .paramSource(where.params).query(RecordRowMapper.of(Marker.class)).list();
    }

    /** Ideas in the box grouped into square cells of the given size in degrees. */
    List<Cell> cellsIn(long projectId, IdeaQuery query, double south, double west, double north, double east,
            double cell) {
        Where where = box(projectId, query, south, west, north, east);
        where.params.addValue("cell", cell);
        return jdbc.sql("select avg(lat) as lat, avg(lon) as lon, count(*) as count, min(id) as id from idea where "
                + where.sql + " group by floor(lat / :cell), floor(lon / :cell)").paramSource(where.params)
                .query(RecordRowMapper.of(Cell.class)).list();
    }

    List<Marker> markers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, title, category_id, status_id, lat, lon from idea where id in (:ids)")
                .param("ids", ids).query(RecordRowMapper.of(Marker.class)).list();
    }

    private static Where box(long projectId, IdeaQuery query, double south, double west, double north,
            double east) {
        Where where = where(projectId, query, true);
        where.params.addValue("south", south).addValue("north", north).addValue("west", west).addValue("east", east);
        return new Where(where.sql + " and lat between :south and :north and lon between :west and :east",
                where.params);
    }

    // --- Ratings and votes ---

    Optional<Integer> rating(long ideaId, long accountId) {
        return jdbc.sql("select rating from idea_rating where idea_id = ? and account_id = ?")
                .params(ideaId, accountId).query(Integer.class).optional();
    }

    Map<Long, Integer> ratings(Collection<Long> ideaIds, long accountId) {
        if (ideaIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select idea_id, rating from idea_rating where account_id = :account and idea_id in (:ids)")
                .param("account", accountId).param("ids", ideaIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void insertRating(long ideaId, long accountId, int rating, Instant now) {
        jdbc.sql("insert into idea_rating (idea_id, account_id, rating, created_at) values (?, ?, ?, ?)")
                .params(ideaId, accountId, rating, Timestamp.from(now)).update();
    }

    void updateRating(long ideaId, long accountId, int rating) {
        jdbc.sql("update idea_rating set rating = ? where idea_id = ? and account_id = ?")
                .params(rating, ideaId, accountId).update();
    }

    void deleteRating(long ideaId, long accountId) {
        jdbc.sql("delete from idea_rating where idea_id = ? and account_id = ?").params(ideaId, accountId).update();
    }

    void addToCounters(long ideaId, int supports, int opposes) {
        jdbc.sql("update idea set supports = supports + ?, opposes = opposes + ? where id = ?")
                .params(supports, opposes, ideaId).update();
    }

    boolean hasVote(long ideaId, long accountId) {
        return jdbc.sql("select count(*) from idea_vote where idea_id = ? and account_id = ?")
                .params(ideaId, accountId).query(Long.class).single() > 0;
    }

    List<Long> votedIdeas(long projectId, long accountId) {
        return jdbc.sql("select idea_id from idea_vote where project_id = ? and account_id = ?")
                .params(projectId, accountId).query(Long.class).list();
    }

    void insertVote(long ideaId, long projectId, long accountId, Instant now) {
        jdbc.sql("insert into idea_vote (idea_id, account_id, project_id, created_at) values (?, ?, ?, ?)")
                .params(ideaId, accountId, projectId, Timestamp.from(now)).update();
        jdbc.sql("update idea set votes = votes + 1 where id = ?").param(ideaId).update();
    }

    void deleteVote(long ideaId, long accountId) {
        int removed = jdbc.sql("delete from idea_vote where idea_id = ? and account_id = ?")
                .params(ideaId, accountId).update();
        jdbc.sql("update idea set votes = votes - ? where id = ?").params(removed, ideaId).update();
    }

    void addComments(long ideaId, int delta) {
        jdbc.sql("update idea set comments = comments + ? where id = ?").params(delta, ideaId).update();
    }

    void participated(long projectId, long accountId) {
        jdbc.sql("insert into idea_participant (project_id, account_id) values (?, ?) on conflict do nothing")
                .params(projectId, accountId).update();
    }

    // --- Statistics ---

    IdeaTotals totals(long projectId) {
        return jdbc.sql("""
                select count(*) as ideas, coalesce(sum(comments), 0) as comments,
                       coalesce(sum(supports), 0) as supports,
                       (select count(*) from idea_participant where project_id = :project) as participants
                from idea where project_id = :project and visibility = 'PUBLISHED'""")
                .param("project", projectId).query(RecordRowMapper.of(IdeaTotals.class)).single();
    }

    /** Ideas, comments, supports and the people behind them per day since then, the last days first. */
    List<IdeaDay> perDay(long projectId, Instant since) {
        return jdbc.sql("""
                select on_day, sum(ideas) as ideas, sum(comments) as comments, sum(supports) as supports,
                       count(distinct account_id) as participants from (
                    select cast(created_at as date) as on_day, author_id as account_id, 1 as ideas, 0 as comments,
                           0 as supports
                        from idea where project_id = :project and visibility = 'PUBLISHED' and created_at >= :since
                    union all
                    select cast(c.created_at as date), c.author_id, 0, 1, 0 from idea_comment c
                        join idea i on i.id = c.idea_id
                        where i.project_id = :project and c.visibility = 'PUBLISHED' and c.created_at >= :since
                    union all
                    select cast(r.created_at as date), r.account_id, 0, 0, 1 from idea_rating r
                        join idea i on i.id = r.idea_id
                        where i.project_id = :project and r.rating > 0 and r.created_at >= :since
                ) days group by on_day order by on_day desc""")
                .param("project", projectId)
                .param("since", Timestamp.from(since))
                .query(RecordRowMapper.of(IdeaDay.class)).list();
    }

    // --- Personal data ---

    /** The ideas a person rated, with the rating: 1 for, -1 against. */
    List<java.util.Map<String, Object>> ratedBy(long accountId) {
        return jdbc.sql("select idea_id, rating from idea_rating where account_id = ? order by idea_id")
                .param(accountId).query((rs, n) -> java.util.Map.<String, Object>of("idea", rs.getLong(1),
                        "rating", rs.getInt(2))).list();
    }

    List<Idea> byAuthor(long accountId) {
        return jdbc.sql("select " + Idea.COLUMNS + " from idea where author_id = ? order by id").param(accountId)
                .query(RecordRowMapper.of(Idea.class)).list();
    }
}
