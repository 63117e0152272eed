package de.stadtdialog.project.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import de.stadtdialog.notification.Notifications;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectStatus;
import de.stadtdialog.project.Visibility;

/**
 * Following projects and organisations, and saved searches of the overview ("Kiezradar"): who to
 * tell when a project appears, gains a phase or publishes its results. Each person hears of each
 * news once, however many of their follows match it.
 */
@Component
public class Follows {

    public enum Kind {
        PROJECT, ORGANISATION
    }

    /** A saved search with the overview filter it stands for. */
    public record SavedSearch(long id, String query) {

        public String url() {
            return "/projekte" + (query.isEmpty() ? "" : "?" + query);
        }
    }

    private final JdbcClient jdbc;
    private final ProjectCatalog catalog;
    private final Notifications notifications;
    private final Clock clock;

    Follows(JdbcClient jdbc, ProjectCatalog catalog, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.notifications = notifications;
        this.clock = clock;
    }

    void follow(long accountId, Kind kind, long targetId) {
        try {
            jdbc.sql("insert into follow (account_id, kind, target_id, created_at) values (?, ?, ?, ?)")
                    .params(accountId, kind.name(), targetId, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException alreadyFollowing) {
            // following twice is following
        }
    }

    void unfollow(long accountId, Kind kind, long targetId) {
        jdbc.sql("delete from follow where account_id = ? and kind = ? and target_id = ?")
                .params(accountId, kind.name(), targetId).update();
    }

    boolean follows(long accountId, Kind kind, long targetId) {
        return jdbc.sql("select count(*) from follow where account_id = ? and kind = ? and target_id = ?")
                .params(accountId, kind.name(), targetId).query(Long.class).single() > 0;
    }

    List<Long> followed(long accountId, Kind kind) {
        return jdbc.sql("select target_id from follow where account_id = ? and kind = ? order by created_at")
                .params(accountId, kind.name()).query(Long.class).list();
    }

    /** @return false when the filter is empty (that would be every project) */
    boolean saveSearch(long accountId, ProjectFilter filter) {
        String query = query(filter);
        if (query.isEmpty()) {
            return false;
        }
        try {
            jdbc.sql("insert into saved_search (account_id, query, created_at) values (?, ?, ?)")
                    .params(accountId, query, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException alreadySaved) {
            // saving the same search twice keeps one
        }
        return true;
    }

    void deleteSearch(long accountId, long searchId) {
        jdbc.sql("delete from saved_search where id = ? and account_id = ?").params(searchId, accountId).update();
    }

    List<SavedSearch> searches(long accountId) {
        return jdbc.sql("select id, query from saved_search where account_id = ? order by created_at, id")
                .param(accountId).query((rs, n) -> new SavedSearch(rs.getLong(1), rs.getString(2))).list();
    }

    /** A newly published public project: those who follow its organisation or saved a matching search. */
    public void projectPublished(Project project) {
        if (project.visibility() != Visibility.PUBLIC) {
            return;
        }
        ProjectCard card = catalog.cards(List.of(project)).get(0);
        Set<Long> people = new LinkedHashSet<>(followers(Kind.ORGANISATION, project.organisationId()));
        jdbc.sql("select account_id, query from saved_search order by id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list().forEach(row -> {
                    if (filter((String) row[1]).matches(card)) {
                        people.add((Long) row[0]);
                    }
                });
        tell(people, "notification.follow.new-project", project);
    }

    /** A new phase in a project people can see. */
    public void phaseAdded(Project project) {
        if (visible(project)) {
            tell(followers(Kind.PROJECT, project.id()), "notification.follow.new-phase", project);
        }
    }

    public void resultsPublished(Project project) {
        if (visible(project)) {
            tell(followers(Kind.PROJECT, project.id()), "notification.follow.results", project);
        }
    }

    private static boolean visible(Project project) {
        return project.visibility() == Visibility.PUBLIC && project.status() != ProjectStatus.DRAFT;
    }

    private List<Long> followers(Kind kind, long targetId) {
        return jdbc.sql("select account_id from follow where kind = ? and target_id = ?")
                .params(kind.name(), targetId).query(Long.class).list();
    }

    private void tell(java.util.Collection<Long> people, String key, Project project) {
        notifications.notifyAll(people.stream().distinct()
                .map(id -> new Notifications.Message(id, key, project.title(), "/projekte/" + project.slug()))
                .toList());
    }

    /** The filter as a canonical query string, so the same search is saved once. */
    static String query(ProjectFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (filter.q != null && !filter.q.isBlank()) {
            uri.queryParam("q", filter.q.strip());
        }
        if (filter.state() != null) {
            uri.queryParam("status", filter.status);
        }
        if (filter.topic != null) {
            uri.queryParam("topic", filter.topic);
        }
        if (filter.organisation != null) {
            uri.queryParam("organisation", filter.organisation);
        }
        if (filter.district != null) {
            uri.queryParam("district", filter.district);
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    static ProjectFilter filter(String query) {
        ProjectFilter filter = new ProjectFilter();
        var params = UriComponentsBuilder.fromUriString("/?" + query).build(true).getQueryParams();
        filter.q = decode(params.getFirst("q"));
        filter.status = decode(params.getFirst("status"));
        filter.topic = number(params.getFirst("topic"));
        filter.organisation = number(params.getFirst("organisation"));
        filter.district = number(params.getFirst("district"));
        return filter;
    }

    private static String decode(String value) {
        return value == null ? "" : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
