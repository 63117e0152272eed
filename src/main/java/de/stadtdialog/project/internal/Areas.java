package de.stadtdialog.project.internal;

import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's area on the map, stored as GeoJSON: a point, a polygon or a multi-polygon, given
 * either as a geometry or as a feature wrapping one.
 */
final class Areas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TYPES = Set.of("Point", "Polygon", "MultiPolygon");

    private Areas() {
    }

    /** @return the message key of what is wrong, or empty when the area is valid or blank */
    static Optional<String> problem(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode geometry = geometry(JSON.readTree(geojson));
            if (geometry == null || !TYPES.contains(geometry.path("type").asString(""))) {
                return Optional.of("area.type");
            }
            return validCoordinates(geometry.path("type").asString(), geometry.path("coordinates"))
                    ? Optional.empty() : Optional.of("area.coordinates");
        } catch (JacksonException e) {
            return Optional.of("area.syntax");
        }
    }

    /** The geometry as compact JSON, or null when there is no valid area. */
    static String geometryJson(String geojson) {
        if (geojson == null || geojson.isBlank() || problem(geojson).isPresent()) {
            return null;
        }
        return JSON.writeValueAsString(geometry(JSON.readTree(geojson)));
    }

    static JsonNode geometryNode(String geojson) {
        String json = geometryJson(geojson);
        return json == null ? null : JSON.readTree(json);
    }

    private static JsonNode geometry(JsonNode node) {
        if ("Feature".equals(node.path("type").asString(""))) {
            return node.get("geometry");
        }
        return node;
    }

    private static boolean validCoordinates(String type, JsonNode coordinates) {
        return switch (type) {
            case "Point" -> position(coordinates);
            case "Polygon" -> polygon(coordinates);
            default -> coordinates.isArray() && !coordinates.isEmpty()
                    && coordinates.valueStream().allMatch(Areas::polygon);
        };
    }

    private static boolean polygon(JsonNode rings) {
        return rings.isArray() && !rings.isEmpty() && rings.valueStream()
                .allMatch(ring -> ring.isArray() && ring.size() >= 4 && ring.valueStream().allMatch(Areas::position));
    }

    private static boolean position(JsonNode position) {
        return position.isArray() && position.size() >= 2 && position.get(0).isNumber() && position.get(1).isNumber()
                && Math.abs(position.get(0).asDouble()) <= 180 && Math.abs(position.get(1).asDouble()) <= 90;
    }
}
