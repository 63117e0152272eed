package de.stadtdialog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.stadtdialog.shared.geo.GeoArea;

class GeoAreaTest {

    private static final String WITH_HOLE = """
            {"type":"Feature","geometry":{"type":"Polygon","coordinates":[
              [[7.0,49.0],[8.0,49.0],[8.0,50.0],[7.0,50.0],[7.0,49.0]],
              [[7.4,49.4],[7.6,49.4],[7.6,49.6],[7.4,49.6],[7.4,49.4]]]}}""";

    @Test
    void aPointInsideThePolygonButNotInItsHoleIsInside() {
        GeoArea area = GeoArea.parse(WITH_HOLE).orElseThrow();

        assertThat(area.contains(49.2, 7.2)).isTrue();
        assertThat(area.contains(49.5, 7.5)).as("in the hole").isFalse();
        assertThat(area.contains(49.5, 8.5)).as("east of it").isFalse();
    }

    @Test
    void aMultiPolygonContainsThePointsOfEachPart() {
        GeoArea area = GeoArea.parse("""
                {"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],
                  [[[10,10],[11,10],[11,11],[10,11],[10,10]]]]}""").orElseThrow();

        assertThat(area.contains(0.5, 0.5)).isTrue();
        assertThat(area.contains(10.5, 10.5)).isTrue();
        assertThat(area.contains(5, 5)).isFalse();
    }

    @Test
    void aPointAreaAcceptsEveryPlaceAndBrokenTextIsNoArea() {
        assertThat(GeoArea.parse("{\"type\":\"Point\",\"coordinates\":[7.7,49.4]}").orElseThrow().contains(0, 0))
                .isTrue();
        assertThat(GeoArea.parse("{kaputt")).isEmpty();
        assertThat(GeoArea.parse(null)).isEmpty();
    }
}
