package de.stadtdialog.information;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.participation.FormatAction;
import de.stadtdialog.participation.FormatDescriptor;
import de.stadtdialog.participation.FormatExport;
import de.stadtdialog.participation.FormatStatistic;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.participation.PhaseContext;
import de.stadtdialog.participation.PhaseKind;
import de.stadtdialog.permission.Audience;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.shared.markdown.Markdown;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/** Registers the Information format: initiators publish news posts; citizens read them. */
@Component
class InformationFormat implements ParticipationFormat, PersonalDataSource {

    static final String KEY = "information";
    static final String POST = "information.post";

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(KEY, "format.information.name",
            "format.information.description",
            List.of(new FormatAction(POST, "format.information.action.post", Audience.MANAGER)),
            List.of(new PhaseKind("inform", "format.information.kind.inform", Set.of())),
            List.of(Requirement.GUEST),
            List.of(new FormatExport("posts", "format.information.export.posts", "text/csv; charset=UTF-8", "csv")));

    private final InformationRepository posts;
    private final TemplateEngine templates;
    private final Markdown markdown;
    private final Accounts accounts;

    InformationFormat(InformationRepository posts, TemplateEngine templates, Markdown markdown, Accounts accounts) {
        this.posts = posts;
        this.templates = templates;
        this.markdown = markdown;
        this.accounts = accounts;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Content render(PhaseContext phase) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        List<InformationPost> phasePosts = posts.posts(phase.phaseId());
        Map<Long, String> authors = accounts.displayNames(phasePosts.stream().map(InformationPost::authorId).toList());
        List<RenderedPost> rendered = phasePosts.stream()
                .map(post -> new RenderedPost(post.title(), post.publishedOn(), dates.format(post.publishedOn()),
                        authors.get(post.authorId()), markdown.render(post.bodyMd(), 4)))
                .toList();
        return output -> templates.render("information/phase.jte",
                Map.of("phase", phase, "posts", rendered, "setupPath", setupPath(phase.phaseId())), output);
    }

    @Override
    public String setupPath(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/information";
    }

    @Override
    public List<FormatStatistic> statistics(long phaseId) {
        return List.of(new FormatStatistic("format.information.stat.posts", posts.count(phaseId)));
    }

    @Override
    public void export(String exportKey, long phaseId, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write("id;datum;titel;text\r\n");
        for (InformationPost post : posts.posts(phaseId)) {
            writer.write(post.id() + ";" + post.publishedOn() + ";" + csv(post.title()) + ";" + csv(post.bodyMd())
                    + "\r\n");
        }
        writer.flush();
    }

    @Override
    public void deletePhase(long phaseId) {
        posts.deleteAll(phaseId);
    }

    @Override
    public String section() {
        return "informationPosts";
    }

    @Override
    public Object collect(long accountId) {
        return posts.byAuthor(accountId).stream()
                .map(post -> Map.of("title", post.title(), "text", post.bodyMd(), "date", post.publishedOn().toString()))
                .toList();
    }

    private static String csv(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
