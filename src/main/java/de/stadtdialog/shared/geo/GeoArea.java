package de.stadtdialog.shared.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's area as polygons, to answer whether a point lies inside. A point area (a single
 * place) has no inside, so it accepts every point.
 */
public final class GeoArea {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each polygon is a list of rings, the first the outline and the others holes; positions are [lon, lat]. */
    private final List<List<double[][]>> polygons;

    private GeoArea(List<List<double[][]>> polygons) {
        this.polygons = polygons;
    }

    /** The area of a GeoJSON geometry or feature; empty when there is none or it cannot be read. */
    public static Optional<GeoArea> parse(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(geojson);
            if ("Feature".equals(node.path("type").asString(""))) {
                node = node.path("geometry");
            }
            List<List<double[][]>> polygons = new ArrayList<>();
            switch (node.path("type").asString("")) {
                case "Polygon" -> polygons.add(polygon(node.path("coordinates")));
                case "MultiPolygon" -> node.path("coordinates").valueStream().forEach(p -> polygons.add(polygon(p)));
                case "Point" -> { }
                default -> {
                    return Optional.empty();
                }
            }
            return Optional.of(new GeoArea(polygons));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean bounded() {
        return !polygons.isEmpty();
    }

    public boolean contains(double lat, double lon) {
        if (polygons.isEmpty()) {
            return true;
        }
        for (List<double[][]> polygon : polygons) {
            if (inside(polygon.get(0), lat, lon)) {
                boolean inHole = false;
                for (int i = 1; i < polygon.size(); i++) {
                    inHole |= inside(polygon.get(i), lat, lon);
                }
                if (!inHole) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<double[][]> polygon(JsonNode rings) {
        List<double[][]> result = new ArrayList<>();
        for (JsonNode ring : rings) {
            double[][] positions = new double[ring.size()][];
            for (int i = 0; i < ring.size(); i++) {
                positions[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
            }
            result.add(positions);
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("A polygon needs an outline");
        }
        return result;
    }

    /** Ray casting: a point is inside when a ray from it crosses the ring an odd number of times. */
    private static boolean inside(double[][] ring, double lat, double lon) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
