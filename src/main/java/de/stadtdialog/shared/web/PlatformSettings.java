package de.stadtdialog.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings a city sets once for its installation.
 *
 * @param name the platform's name in the header and in mails
 * @param city the city's name
 * @param baseUrl the public address, used in links sent by mail
 * @param tileUrl the map tile server the city has chosen (a template with {z}, {x}, {y})
 * @param tileAttribution the attribution the tile server requires
 * @param mapCenter latitude,longitude where maps open
 */
@ConfigurationProperties("stadtdialog")
public record PlatformSettings(String name, String city, String baseUrl, String tileUrl, String tileAttribution,
        String mapCenter) {

    /** The scheme and host of the tile server, for the Content-Security-Policy. */
    public String tileOrigin() {
        int schemeEnd = tileUrl.indexOf("://");
        int pathStart = tileUrl.indexOf('/', schemeEnd + 3);
        String origin = pathStart < 0 ? tileUrl : tileUrl.substring(0, pathStart);
        return origin.replace("{s}.", "*.");
    }
}
