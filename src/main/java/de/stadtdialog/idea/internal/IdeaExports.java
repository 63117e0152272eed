package de.stadtdialog.idea.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.shared.export.CsvTable;
import de.stadtdialog.shared.export.Table;
import de.stadtdialog.shared.export.XlsxTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all ideas of a collection as CSV, XLSX or GeoJSON while reading them from the database,
 * so a download of 100,000 ideas needs no more memory than one of ten.
 */
@Component
class IdeaExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHUNK = 500;
    private static final List<String> HEADER = List.of("id", "titel", "beschreibung", "kategorie", "status",
            "sichtbarkeit", "stellungnahme", "stellungnahme_am", "unterstuetzungen", "ablehnungen", "kommentare",
            "stimmen", "zugelassen", "breitengrad", "laengengrad", "ort", "autor", "eingereicht_am");

    private final IdeaRepository ideas;
    private final IdeaViews views;
    private final Accounts accounts;

    IdeaExports(IdeaRepository ideas, IdeaViews views, Accounts accounts) {
        this.ideas = ideas;
        this.views = views;
        this.accounts = accounts;
    }

    public void write(String exportKey, long projectId, OutputStream out) throws IOException {
        IdeaViews.Lookups lookups = views.lookups(projectId);
        switch (exportKey) {
            case "csv" -> table(new CsvTable(out), projectId, lookups);
            case "xlsx" -> table(new XlsxTable(out, "Ideen"), projectId, lookups);
            case "geojson" -> geojson(out, projectId, lookups);
            default -> throw new IllegalArgumentException("No idea export " + exportKey);
        }
    }

    private void table(Table table, long projectId, IdeaViews.Lookups lookups) throws IOException {
        table.row(HEADER);
        try {
            ideas.forEachChunk(projectId, CHUNK, chunk -> {
                Map<Long, String> authors = accounts.displayNames(chunk.stream().map(Idea::authorId).toList());
                for (Idea idea : chunk) {
                    try {
                        table.row(row(idea, lookups, authors));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        table.finish();
    }

    private static List<Object> row(Idea idea, IdeaViews.Lookups lookups, Map<Long, String> authors) {
        Category category = lookups.categoryById().get(idea.categoryId());
        IdeaStatus status = lookups.statusById().get(idea.statusId());
        List<Object> row = new ArrayList<>();
        row.add(idea.id());
        row.add(idea.title());
        row.add(idea.body());
        row.add(category == null ? null : category.name());
        row.add(status == null ? null : status.name());
        row.add(idea.visibility().name().toLowerCase(java.util.Locale.ROOT));
        row.add(idea.responseMd());
        row.add(idea.responseAt() == null ? null : idea.responseAt().toString());
        row.add(idea.supports());
        row.add(idea.opposes());
        row.add(idea.comments());
        row.add(idea.votes());
        row.add(idea.admitted() ? "ja" : "nein");
        row.add(idea.lat());
        row.add(idea.lon());
        row.add(idea.place());
        row.add(idea.authorId() == null && idea.guestName() != null ? idea.guestName() + " (Gast)"
                : authors.get(idea.authorId()));
        row.add(idea.createdAt().toString());
        return row;
    }

    /** RFC 7946: a FeatureCollection; ideas without a point have a null geometry. */
    private void geojson(OutputStream out, long projectId, IdeaViews.Lookups lookups) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean[] first = { true };
        try {
            ideas.forEachChunk(projectId, CHUNK, chunk -> {
              Map<Long, String> authors = accounts.displayNames(chunk.stream().map(Idea::authorId).toList());
              for (Idea idea : chunk) {
                Map<String, Object> properties = new LinkedHashMap<>();
                List<Object> values = row(idea, lookups, authors);
                for (int i = 0; i < HEADER.size(); i++) {
                    if (!HEADER.get(i).equals("breitengrad") && !HEADER.get(i).equals("laengengrad")) {
                        properties.put(HEADER.get(i), values.get(i));
                    }
                }
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("id", idea.id());
                feature.put("geometry", idea.located()
                        ? Map.of("type", "Point", "coordinates", List.of(idea.lon(), idea.lat())) : null);
                feature.put("properties", properties);
                try {
                    writer.write(first[0] ? "\n" : ",\n");
                    writer.write(JSON.writeValueAsString(feature));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                first[0] = false;
              }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.write("\n]}\n");
        writer.flush();
    }
}
