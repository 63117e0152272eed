package de.stadtdialog.idea.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Answers the map for one viewport: single ideas where there are few, clusters with their count
 * where there are many, so 100,000 ideas cost the browser no more than 100.
 */
@Component
class IdeaMap {

    /** Up to this many ideas in the viewport are sent one by one. */
    static final int SINGLE_LIMIT = 300;
    /** A cluster covers a square of about this many screen pixels. */
    private static final int CELL_PIXELS = 64;

    /** Up to this zoom the clusters of the whole collection are computed once per version and cut to the viewport. */
    static final int GRID_MAX_ZOOM = 15;

    private final IdeaRepository ideas;
    private final IdeaCache cache;

    IdeaMap(IdeaRepository ideas, IdeaCache cache) {
        this.ideas = ideas;
        this.cache = cache;
    }

    record GridKey(long projectId, int zoom, Long categoryId, Long statusId, String text) implements IdeaCache.Keyed {
    }

    /** A viewport: decimal degrees, and the zoom level of the web map (0 shows the whole world). */
    record Viewport(double west, double south, double east, double north, int zoom) {

        static final Viewport WORLD = new Viewport(-180, -90, 180, 90, 12);

        /** @return null when the text is not four numbers in range with west below east and south below north */
        static Viewport parse(String bbox, String zoom) {
            int level = 12;
            if (zoom != null && !zoom.isBlank()) {
                try {
                    level = Math.max(0, Math.min(22, Integer.parseInt(zoom.strip())));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (bbox == null || bbox.isBlank()) {
                return new Viewport(-180, -90, 180, 90, level);
            }
            String[] parts = bbox.split(",");
            if (parts.length != 4) {
                return null;
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                Double value = IdeaService.coordinate(parts[i], i % 2 == 0 ? 180 : 90);
                if (value == null) {
                    return null;
                }
                v[i] = value;
            }
            return v[0] <= v[2] && v[1] <= v[3] ? new Viewport(v[0], v[1], v[2], v[3], level) : null;
        }

        /** The cluster cell's edge in degrees at this zoom. */
        double cell() {
            return CELL_PIXELS * 360.0 / (256.0 * Math.pow(2, zoom));
        }
    }

    /** The GeoJSON FeatureCollection (RFC 7946) of the viewport. */
    Map<String, Object> features(IdeaContext context, IdeaViews.Lookups lookups, IdeaQuery query, Viewport view) {
        long projectId = context.project().id();
        List<IdeaRepository.Cell> cells;
        long total;
        if (view.zoom() <= GRID_MAX_ZOOM) {
            // the whole collection's clusters at this zoom, once per version, cut to the viewport
            List<IdeaRepository.Cell> grid = cache.versioned(new GridKey(projectId, view.zoom(), query.categoryId(),
                    query.statusId(), query.text()), context.settings().version(),
                    () -> ideas.cellsIn(projectId, query, -90, -180, 90, 180, view.cell()));
            cells = grid.stream().filter(cell -> cell.lat() >= view.south() && cell.lat() <= view.north()
                    && cell.lon() >= view.west() && cell.lon() <= view.east()).toList();
            total = cells.stream().mapToLong(IdeaRepository.Cell::count).sum();
        } else {
            cells = null;
            total = ideas.countIn(projectId, query, view.south(), view.west(), view.north(), view.east());
        }
        List<Object> features = new ArrayList<>();
        if (total <= SINGLE_LIMIT) {
            for (IdeaRepository.Marker marker : ideas.markersIn(projectId, query, view.south(), view.west(),
                    view.north(), view.east())) {
                features.add(marker(context, lookups, marker));
            }
            total = features.size();
        } else {
            if (cells == null) {
                cells = ideas.cellsIn(projectId, query, view.south(), view.west(), view.north(), view.east(),
                        view.cell());
            }
            List<Long> singles = new ArrayList<>();
            for (IdeaRepository.Cell cell : cells) {
                if (cell.count() == 1) {
                    singles.add(cell.id());
                } else {
                    features.add(feature(cell.lat(), cell.lon(), Map.of("cluster", true, "count", cell.count())));
                }
            }
            for (IdeaRepository.Marker marker : ideas.markers(singles)) {
                features.add(marker(context, lookups, marker));
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("total", total);
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> marker(IdeaContext context, IdeaViews.Lookups lookups,
            IdeaRepository.Marker marker) {
        Category category = marker.categoryId() == null ? null : lookups.categoryById().get(marker.categoryId());
        IdeaStatus status = marker.statusId() == null ? null : lookups.statusById().get(marker.statusId());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", marker.id());
        properties.put("title", marker.title());
        properties.put("url", context.base() + "/" + marker.id());
        properties.put("category", category == null ? null : category.name());
        properties.put("colour", category == null ? "#1b6e3a" : category.colour());
        properties.put("icon", category == null ? "punkt" : category.icon());
        properties.put("status", status == null ? null : status.name());
        return feature(marker.lat(), marker.lon(), properties);
    }

    private static Map<String, Object> feature(double lat, double lon, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(lon), round(lat))));
        feature.put("properties", properties);
        return feature;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
